# Builds the Windows MSI of Quầy Một Cửa. Run on a Windows machine with JDK 17+ (jpackage) and WiX Toolset 3.x on PATH:
#   mvn -B package -DskipTests
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
# Output: target\installer\MotCua-0.1.0.msi (per-user install, Start-menu and desktop shortcuts, fixed upgrade UUID so
# a newer MSI upgrades an older one in place; user data in %APPDATA%\MotCua is never touched by install/uninstall).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$version = if ($env:MOTCUA_VERSION) { $env:MOTCUA_VERSION } else { "0.1.0" }
$input = "target\jpackage-input"
Remove-Item -Recurse -Force $input, "target\installer" -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $input, "target\installer" | Out-Null
Copy-Item target\motcua.jar $input
jpackage --type msi --dest target\installer `
  --name MotCua --app-version $version `
  --vendor "Quay Mot Cua" --description "Phan mem Bo phan Mot cua cap xa" `
  --input $input --main-jar motcua.jar --main-class vn.motcua.Main `
  --icon installer\icons\motcua.ico `
  --add-modules "java.base,java.desktop,java.logging,java.naming,java.net.http,java.sql,java.management,java.xml,java.scripting,jdk.unsupported,jdk.localedata,jdk.crypto.ec,jdk.zipfs,jdk.jfr,java.instrument" `
  --java-options "-Xmx1g -Dfile.encoding=UTF-8 -Duser.timezone=Asia/Ho_Chi_Minh" `
  --win-per-user-install --win-menu --win-menu-group "Quay Mot Cua" --win-shortcut --win-dir-chooser `
  --win-upgrade-uuid "6f1c2a7e-4b1d-4c59-9a3e-2d8b7f0c5a91"
