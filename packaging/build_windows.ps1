# Build the Windows bundle and installer: dist\casetracker\ and dist\ExileCaseTracker-VERSION-setup.exe.
#
# Needs: Python 3.12+ (64-bit; 3.11 is refused: PySide6 6.12 aborts on it) and Inno Setup 6 (ISCC.exe on the PATH, or in its default folder).
# From the repository root, in PowerShell:
#     py -3.12 -m venv .venv; .venv\Scripts\Activate.ps1
#     pip install . pyinstaller
#     powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

$version = python -c "import importlib.metadata as m; print(m.version('casetracker'))"
if ($LASTEXITCODE -ne 0) { throw "casetracker is not installed in this Python: run 'pip install .' first" }

python -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller packaging\casetracker.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# casetracker.exe is the windowed app; casetracker-cli.exe, beside it, is the command line.
$env:QT_QPA_PLATFORM = "offscreen"
& dist\casetracker\casetracker-cli.exe self-test
$selfTest = $LASTEXITCODE
Remove-Item Env:\QT_QPA_PLATFORM
if ($selfTest -ne 0) { throw "the bundle's self-test failed (exit $selfTest)" }

$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 (ISCC.exe) was not found; install it from jrsoftware.org" }
& $iscc "/DAppVersion=$version" "/DSourceDir=$PWD\dist\casetracker" "/DOutputDir=$PWD\dist" packaging\casetracker.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }

$size = "{0:N0} MB" -f ((Get-ChildItem dist\casetracker -Recurse | Measure-Object Length -Sum).Sum / 1MB)
Write-Host "Built dist\casetracker ($size) and dist\ExileCaseTracker-$version-setup.exe"
