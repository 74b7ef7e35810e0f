#!/usr/bin/env bash
# Builds the Linux app-image and .deb of Quầy Một Cửa into target/installer/ with jpackage (JDK 17+).
#   installer/build-linux.sh            # builds the jar first if needed
# Requires: a JDK with jpackage, dpkg-deb and fakeroot (Debian/Ubuntu: apt-get install -y fakeroot).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VERSION=${MOTCUA_VERSION:-0.1.0}
OUT=$ROOT/target/installer
INPUT=$ROOT/target/jpackage-input
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
JPACKAGE=$JAVA_HOME/bin/jpackage

if [ ! -f target/motcua.jar ]; then
  mvn -B -q package -DskipTests
fi
rm -rf "$OUT" "$INPUT"
mkdir -p "$OUT" "$INPUT"
cp target/motcua.jar "$INPUT/"

# 1. app-image (own Java runtime; Vietnamese locale data kept: jdk.localedata)
"$JPACKAGE" --type app-image --dest "$OUT" \
  --name motcua --app-version "$VERSION" \
  --vendor "Quầy Một Cửa" --description "Phần mềm Bộ phận Một cửa cấp xã" \
  --input "$INPUT" --main-jar motcua.jar --main-class vn.motcua.Main \
  --icon installer/icons/motcua.png \
  --add-modules java.base,java.desktop,java.logging,java.naming,java.net.http,java.sql,java.management,java.xml,java.scripting,jdk.unsupported,jdk.localedata,jdk.crypto.ec,jdk.zipfs,jdk.jfr,java.instrument \
  --jlink-options "--strip-debug --no-header-files --no-man-pages" \
  --java-options "-Xmx1g -Dfile.encoding=UTF-8 -Duser.timezone=Asia/Ho_Chi_Minh -XX:SharedArchiveFile=\$APPDIR/motcua.jsa -Xshare:auto"

APP=$OUT/motcua
# 2. class-data-sharing archives: the runtime's base archive, then the app's classes from a training run
"$APP/lib/runtime/bin/java" -Xshare:dump >/dev/null 2>&1 || echo "warning: base CDS archive not created" >&2
"$APP/lib/runtime/bin/java" -XX:ArchiveClassesAtExit="$APP/lib/app/motcua.jsa" -Djava.awt.headless=true \
  -cp "$APP/lib/app/motcua.jar" vn.motcua.Main --data-dir "$(mktemp -d)" catalog list >/dev/null 2>&1 || \
  { echo "error: CDS training run failed" >&2; exit 1; }

# the archive records this build's paths: it was a check that training works; the .deb makes its own at install
rm -f "$APP/lib/app/motcua.jsa"

# 3. .deb from the app-image; GTK and X libraries as package dependencies; our postinst/prerm (installer/linux)
"$JPACKAGE" --type deb --dest "$OUT" --app-image "$APP" \
  --name motcua --app-version "$VERSION" \
  --vendor "Quầy Một Cửa" --description "Phần mềm Bộ phận Một cửa cấp xã" \
  --icon installer/icons/motcua.png \
  --linux-package-name motcua --linux-deb-maintainer "it@motcua.invalid" \
  --linux-menu-group "Office" --linux-app-category "office" --linux-shortcut \
  --linux-package-deps "libgtk-3-0, libxtst6, libxxf86vm1, libgl1, fonts-noto-core | fonts-dejavu-core" \
  --about-url "https://motcua.invalid" \
  --resource-dir installer/linux

ls -la "$OUT"
