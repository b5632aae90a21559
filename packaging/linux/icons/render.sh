#!/usr/bin/env bash
# Renders the PNG icons from org.supolka.Supolka.svg. Run after changing the SVG and commit the results.
# ImageMagick reads SVG through rsvg-convert (Debian: imagemagick librsvg2-bin).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for size in 64 128 256; do
    convert -background none -density 384 org.supolka.Supolka.svg -resize "${size}x${size}" "png32:${size}.png"
done
