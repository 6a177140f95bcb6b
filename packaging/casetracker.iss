; Inno Setup 6 script: installs the one-folder bundle (dist\casetracker) for the current user.
; build_windows.ps1 passes AppVersion, SourceDir and OutputDir; by hand, from the repository root:
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=%CD%\dist\casetracker /DOutputDir=%CD%\dist packaging\casetracker.iss

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\casetracker"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif

[Setup]
; A fixed id: later versions upgrade this installation instead of installing beside it.
AppId={{5E1C7A52-3B8E-4F0C-9A57-2D4C6B1E9F31}
AppName=Exile Case Tracker
AppVersion={#AppVersion}
AppVerName=Exile Case Tracker {#AppVersion}
AppPublisher=Exile Case Tracker
DefaultDirName={autopf}\Exile Case Tracker
DefaultGroupName=Exile Case Tracker
DisableProgramGroupPage=yes
; Per-user by default (no administrator needed on a caseworker's laptop); the user may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=ExileCaseTracker-{#AppVersion}-setup
SetupIconFile=..\resources\icons\casetracker.ico
UninstallDisplayIcon={app}\casetracker.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that this one no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Exile Case Tracker"; Filename: "{app}\casetracker.exe"
Name: "{autodesktop}\Exile Case Tracker"; Filename: "{app}\casetracker.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\casetracker.exe"; Description: "{cm:LaunchProgram,Exile Case Tracker}"; Flags: nowait postinstall skipifsilent

; The case store lives in the user's data folder, not here: uninstalling never deletes it.
