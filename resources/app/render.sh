#!/usr/bin/env bash
# Renders the PNG icons (and the Windows .ico) from org.supolka.Supolka.svg. Run after changing the SVG and commit
# the results.
# ImageMagick reads SVG through rsvg-convert (Debian: imagemagick librsvg2-bin).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for size in 64 128 256; do
    convert -background none -density 384 org.supolka.Supolka.svg -resize "${size}x${size}" "png32:${size}.png"
done
# Windows: the program's icon, at the sizes Explorer and the task bar ask for (app/supolka.rc embeds it).
convert 256.png -define icon:auto-resize=256,128,64,48,32,16 supolka.ico
