#!/bin/sh
# Add ShopGuard to the desktop's application menu (for this user only; no root needed).
# Run it from the unpacked ShopGuard folder: ./install-menu-entry.sh
# Remove the entry again with: ./install-menu-entry.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/shopguard.desktop" "$icons"/*/apps/shopguard.png
    echo "ShopGuard menu entry removed."
    exit 0
fi
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$icons/${size}x${size}/apps"
    cp "$here/_internal/resources/icons/shopguard-$size.png" "$icons/${size}x${size}/apps/shopguard.png"
done
mkdir -p "$apps"
sed "s|^Exec=ShopGuard|Exec=\"$here/ShopGuard\"|" "$here/shopguard.desktop" > "$apps/shopguard.desktop"
chmod +x "$apps/shopguard.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
echo "ShopGuard is now in your application menu (Office)."
