"""matplotlib's navigation toolbar in the UI language, with the tools a shop owner uses.

The stock toolbar's texts are English and it brings figure-editing tools (subplots, axis
parameters) and its own Save, which the Charts screen's "Export…" already does.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import NavigationToolbar2QT

KEPT = ("home", "back", "forward", "pan", "zoom")


class ChartToolbar(NavigationToolbar2QT):
    toolitems = [t for t in NavigationToolbar2QT.toolitems if t[3] in KEPT or t[0] is None][:-1]

    def __init__(self, canvas, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(canvas, parent, coordinates=False)
        self.setObjectName("chartToolbar")
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "home": (self.tr("Whole chart"), self.tr("Back to the whole chart")),
            "back": (self.tr("Back"), self.tr("The previous view")),
            "forward": (self.tr("Forward"), self.tr("The next view")),
            "pan": (self.tr("Move"),
                    self.tr("Drag to move the chart; drag with the right button to stretch it")),
            "zoom": (self.tr("Zoom"), self.tr("Drag a rectangle to zoom into it")),
        }
        for name, action in self._actions.items():
            if name in texts:
                action.setText(texts[name][0])
                action.setToolTip(texts[name][1])
