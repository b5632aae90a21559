#!/usr/bin/env bash
# The screenshot tour: every page of the window, and the member, case and walk-in dialogs, in Belarusian, Russian and
# English, at 1024x700 and 1280x800, light and dark, on the demo chapter's data.
#
#   scripts/screenshots.sh OUTDIR
#
# writes OUTDIR/<language>/<size>/<look>/NN-<page>.png. The program is the one built in build/dev, or the one
# SUPOLKA_EXE names. No display is needed: each run draws on a screen of that size of Qt's offscreen platform.
set -euo pipefail

out=${1:?usage: scripts/screenshots.sh OUTDIR}
root=$(cd "$(dirname "$0")/.." && pwd)
exe=${SUPOLKA_EXE:-$root/build/dev/app/supolka}
if [[ ! -x $exe ]]; then
    echo "screenshots: no program at $exe; build it first (scripts/dev.sh build) or set SUPOLKA_EXE" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Settings of their own: the tour neither reads nor changes the user's (language, look, window size, last page). Each
# run starts from none, so that no run opens at the window size another one left behind.
export XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
export XDG_CONFIG_HOME=$work/config
db=$work/demo.db
QT_QPA_PLATFORM=offscreen "$exe" --db "$db" --lang en demo >/dev/null 2>&1

for size in 1024x700 1280x800; do
    width=${size%x*}
    height=${size#*x}
    screen=$work/screen-$size.json
    cat >"$screen" <<JSON
{"screens": [{"name": "screen", "x": 0, "y": 0, "width": $width, "height": $height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0}]}
JSON
    for language in be ru en; do
        for look in light dark; do
            folder=$out/$language/$size/$look
            rm -rf "$folder" "$XDG_CONFIG_HOME"
            # The offscreen platform says for every window that it cannot pass size hints on: no news.
            QT_QPA_PLATFORM="offscreen:configfile=$screen" \
                "$exe" --db "$db" --lang "$language" --theme "$look" --screenshots "$folder" \
                2> >(grep -v 'does not support propagateSizeHints' >&2)
            echo "$folder: $(find "$folder" -name '*.png' | wc -l) pictures"
            # The pages are pictured at the window's size: the screen's, up to 1280x800.
            if command -v identify >/dev/null; then
                shown=$(identify -format '%wx%h' "$folder/01-members.png")
                [[ $shown == "$size" ]] || echo "screenshots: $folder shows the window at $shown, not $size" >&2
            fi
        done
    done
done
