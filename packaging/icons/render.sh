#!/usr/bin/env bash
# packaging/icons/render.sh — redraws the committed icon files from the one drawing,
# resources/icons/admissions-desk.svg, after it changes:
#   hicolor/NxN/apps/*.png   the Linux desktop's sizes (the SVG itself is installed as well)
#   admissions-desk.icns     the macOS bundle icon
#   admissions-desk.ico      the Windows executable and installer icon
# The results are committed so that builds need none of these tools:
#   apt-get install librsvg2-bin optipng icnsutils icoutils
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
svg="$here/../../resources/icons/admissions-desk.svg"
id=org.example.AdmissionsDesk
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for size in 16 22 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" "$svg" -o "$tmp/$size.png"
    # -strip all: no time stamps or tool names, so a redraw of the same SVG is byte-identical.
    optipng -quiet -o5 -strip all "$tmp/$size.png"
done
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$here/hicolor/${size}x${size}/apps"
    cp "$tmp/$size.png" "$here/hicolor/${size}x${size}/apps/$id.png"
done
png2icns "$here/admissions-desk.icns" "$tmp"/{16,32,48,128,256,512,1024}.png >/dev/null
icotool --create --output="$here/admissions-desk.ico" "$tmp"/{16,24,32,48,64}.png \
    --raw="$tmp/256.png"
