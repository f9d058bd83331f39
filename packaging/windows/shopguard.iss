; Inno Setup script: the Windows installer for ShopGuard (per-user install, no admin needed).
; The forge CI (.github/workflows/bundle.yml) builds it on Windows after `python -m build_spec`:
;   iscc /DAppVersion=0.1.0 packaging\windows\shopguard.iss
; Input: dist\ShopGuard\ (the one-folder bundle). Output: dist\ShopGuard-<version>-windows-setup.exe
; The version is written once, in shopguard/__init__.py; CI passes it in.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\shopguard.iss
#endif

[Setup]
AppId={{6F1D5B7E-3C2A-4B8E-9E51-0A9D8C4F2B17}
AppName=ShopGuard
AppVersion={#AppVersion}
AppVerName=ShopGuard {#AppVersion}
AppPublisher=ShopGuard
DefaultDirName={autopf}\ShopGuard
DefaultGroupName=ShopGuard
DisableProgramGroupPage=yes
; Per-user by default (a shop PC often has no administrator at hand); all users if elevated.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ShopGuard-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icons\shopguard.ico
UninstallDisplayIcon={app}\ShopGuard.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\ShopGuard\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\ShopGuard"; Filename: "{app}\ShopGuard.exe"
Name: "{autodesktop}\ShopGuard"; Filename: "{app}\ShopGuard.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ShopGuard.exe"; Description: "{cm:LaunchProgram,ShopGuard}"; Flags: nowait postinstall skipifsilent

; Uninstalling removes the program only: the database, its backups and the logs stay in
; %LOCALAPPDATA%\ShopGuard (README: For shop owners).
