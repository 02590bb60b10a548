; Fælles Indgang: the Windows installer (Inno Setup 6).
;
; Turns the frozen one-folder app (dist\faelles-indgang, built from
; packaging\faelles-indgang.spec) into dist\FaellesIndgang-Setup-<version>.exe.
; Built by .github/workflows/windows.yml, which passes the version from
; pyproject.toml:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\faelles-indgang.iss
;
; - Per-user install, no administrator rights: %LOCALAPPDATA%\Programs\Faelles Indgang.
; - Start-menu shortcut with the app's icon; the version in Programs and Features.
; - The data (database, backups, settings) lives in the user's data folder,
;   %LOCALAPPDATA%\VoresHG\faelles-indgang, outside {app}: the uninstaller never
;   touches it, and an upgrade keeps it.
; - Install and upgrade run `faelles-indgang-cli db upgrade`, which copies an
;   existing SQLite database to backups\ before it migrates it (the app does
;   the same at its next start if this step could not run).
; - Silent install for IT staff: FaellesIndgang-Setup-<version>.exe /VERYSILENT /SUPPRESSMSGBOXES

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z faelles-indgang.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\faelles-indgang"
#endif
#define AppName "Fælles Indgang"
#define AppExe "faelles-indgang.exe"
#define CliExe "faelles-indgang-cli.exe"

[Setup]
; Never change the AppId: upgrades find the installed version by it.
AppId={{5E0C7A52-8B1F-4C53-9E0B-6A1D3F2C7B41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Vores HG / BIBLIOTEK+ Høje Gladsaxe
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={localappdata}\Programs\Faelles Indgang
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=FaellesIndgang-Setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\faelles-indgang.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
CloseApplications=yes
RestartApplications=no
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program's own files completely, so no module of the
; old version lingers. Only {app} is touched, never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\resources\icons\faelles-indgang.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\faelles-indgang.ico"; Comment: "{#AppName} {#AppVersion}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\faelles-indgang.ico"; Tasks: desktopicon

[Run]
; Migrations (after a backup of an SQLite file), on a new install and on every upgrade.
Filename: "{app}\{#CliExe}"; Parameters: "db upgrade"; StatusMsg: "Updating the database…"; Flags: runhidden waituntilterminated
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes what it installed in {app} and
; nothing else; the data folder (%LOCALAPPDATA%\VoresHG\faelles-indgang) stays.
