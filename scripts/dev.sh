#!/usr/bin/env bash
# The one entry point for building, running and testing Supolka.
#
#   ./scripts/dev.sh setup          install the packages the build needs (Debian/Ubuntu: apt; macOS: Homebrew line)
#   ./scripts/dev.sh run [ARGS]     build the release preset and start the app; ARGS go to supolka
#   ./scripts/dev.sh test [ARGS]    build the dev preset and run the whole test suite; ARGS go to ctest
#   ./scripts/dev.sh fuzz [SECONDS] build the libFuzzer targets (fuzz preset, Clang) and run each SECONDS (60)
#   ./scripts/dev.sh lint [BASE]    check the formatting of every source, and clang-tidy on those changed since BASE
#   ./scripts/dev.sh format         format every source in place (clang-format, .clang-format)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

# Debian 12 / Ubuntu package names: the toolchain, Qt 6, the test and benchmark libraries, and the tools the tests
# call (dpkg-dev and file for the .deb test, desktop-file-utils and appstream to validate the desktop files).
DEBIAN_PACKAGES=(
    cmake g++ ninja-build ccache file dpkg-dev
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite qt6-qpa-plugins libqt6opengl6-dev libgl-dev
    libgtest-dev libgmock-dev libbenchmark-dev libphonenumber-dev libsqlite3-dev libqrcodegencpp-dev libzip-dev
    libsodium-dev sqlite3 xvfb xdotool imagemagick desktop-file-utils appstream age minisign
)
# The fuzzers need Clang and its sanitizer runtimes (libFuzzer); only `fuzz` installs them.
FUZZ_PACKAGES=(clang libclang-rt-14-dev)
# The style checks: only `lint` and `format` install them.
LINT_PACKAGES=(clang-format clang-tidy)
HOMEBREW_LINE="brew install qt cmake ninja ccache googletest google-benchmark libphonenumber sqlite libzip libsodium age minisign"
# Homebrew has no formula for Nayuki's QR Code generator (C++): README.md says how to build it into ~/.local.
QRCODEGEN_NOTE="Nayuki's QR Code generator (C++) is not in Homebrew: build it into ~/.local as README.md shows."

log() { printf '==> %s\n' "$*" >&2; }
die() {
    printf 'dev.sh: %s\n' "$*" >&2
    exit 1
}

usage() {
    sed -n '2,9s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

setup_apt() {
    local missing=() package
    local wanted=("$@")
    ((${#wanted[@]} > 0)) || wanted=("${DEBIAN_PACKAGES[@]}")
    for package in "${wanted[@]}"; do
        if ! dpkg -s "$package" 2>/dev/null | grep -q '^Status: install ok installed'; then
            missing+=("$package")
        fi
    done
    if ((${#missing[@]} == 0)); then
        log "All ${#wanted[@]} packages are installed"
        return
    fi
    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null || die "not root and no sudo: install as root: apt-get install ${missing[*]}"
        sudo=(sudo)
    fi
    log "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}"
}

setup() {
    case "$(uname -s)" in
    Linux)
        if command -v dpkg >/dev/null && command -v apt-get >/dev/null; then
            setup_apt
        else
            log "Not a Debian-based system: install with your package manager CMake >= 3.25, Ninja, a C++20 compiler,"
            log "Qt >= 6.4 (Base, SQLite driver, Charts, Tools/Linguist), GoogleTest/GoogleMock, Google Benchmark,"
            log "libphonenumber, Nayuki's QR Code generator for C++ (qrcodegencpp) and ccache (optional)."
        fi
        ;;
    Darwin)
        log "On macOS install the build tools and libraries with Homebrew (https://brew.sh):"
        printf '    %s\n' "$HOMEBREW_LINE" >&2
        log "$QRCODEGEN_NOTE"
        ;;
    MINGW* | MSYS* | CYGWIN*)
        log "On Windows: Visual Studio 2022 (C++ workload), then"
        log "  winget install Kitware.CMake Ninja-build.Ninja Git.Git"
        log "  vcpkg install qtbase qtcharts qttools gtest benchmark libphonenumber sqlite3 libzip libsodium nayuki-qr-code-generator"
        log "and configure with -DCMAKE_TOOLCHAIN_FILE=%VCPKG_ROOT%/scripts/buildsystems/vcpkg.cmake (see README.md)."
        ;;
    *)
        log "Unknown system $(uname -s): install CMake >= 3.25, Ninja, a C++20 compiler, Qt >= 6.4 (Base, Charts, Tools),"
        log "GoogleTest, Google Benchmark, libphonenumber and Nayuki's QR Code generator for C++."
        ;;
    esac
}

# Extra cache arguments for configure: on macOS, where Homebrew keeps Qt and the libraries.
configure_args() {
    if [[ "$(uname -s)" == Darwin ]] && command -v brew >/dev/null; then
        printf '%s\n' "-DCMAKE_PREFIX_PATH=$(brew --prefix qt);$(brew --prefix);$HOME/.local"
    fi
}

configure() {
    local preset=$1 args=()
    local line
    while IFS= read -r line; do
        [[ -n "$line" ]] && args+=("$line")
    done < <(configure_args)
    log "Configuring preset $preset"
    cmake --preset "$preset" ${args[@]+"${args[@]}"}
}

executable() {
    local preset=$1
    if [[ "$(uname -s)" == Darwin ]]; then
        printf '%s\n' "$ROOT/build/$preset/app/supolka.app/Contents/MacOS/supolka"
    else
        printf '%s\n' "$ROOT/build/$preset/app/supolka"
    fi
}

run() {
    local preset=release
    setup
    configure "$preset"
    log "Building supolka ($preset)"
    cmake --build --preset "$preset" --target supolka
    local exe
    exe=$(executable "$preset")
    log "Starting $exe $*"
    exec "$exe" "$@"
}

run_tests() {
    local preset=dev
    setup
    configure "$preset"
    log "Building everything ($preset)"
    cmake --build --preset "$preset"
    log "Running the test suite ($preset)"
    ctest --preset "$preset" "$@"
}

# Each libFuzzer target for SECONDS, seeded with the fixtures; a crash stops with its input kept in build/fuzz/found.
fuzz() {
    local seconds=${1:-60} preset=fuzz
    if command -v dpkg >/dev/null && command -v apt-get >/dev/null; then
        setup_apt "${DEBIAN_PACKAGES[@]}" "${FUZZ_PACKAGES[@]}"
    fi
    configure "$preset"
    log "Building the fuzz targets"
    cmake --build --preset "$preset"
    local found="$ROOT/build/$preset/found" target corpus
    mkdir -p "$found"
    for target in fuzz_csvreader fuzz_bundle fuzz_sealed; do
        corpus="$ROOT/build/$preset/corpus-$target"
        mkdir -p "$corpus"
        local seeds=("$ROOT/tests/data/fuzz/bundle")
        [[ $target == fuzz_sealed ]] && seeds=("$ROOT/tests/data/fuzz/sealed")
        [[ $target == fuzz_csvreader ]] &&
            seeds=("$ROOT/tests/data/fuzz/csv" "$ROOT/tests/data/csv" "$ROOT/tests/data/members"
                   "$ROOT/tests/data/registrations" "$ROOT/tests/data/cases")
        log "Fuzzing $target for $seconds s"
        QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 \
            "$ROOT/build/$preset/tests/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 \
            -artifact_prefix="$found/$target-" -print_final_stats=1 "$corpus" "${seeds[@]}" ||
            die "$target found a crash: its input is in $found; fix it and keep the input in tests/data/fuzz/"
    done
}

# The C++ sources of the project, as git knows them.
sources() {
    git -C "$ROOT" ls-files -- '*.cpp' '*.h' | grep -v '^tests/data/' || true
}

setup_lint() {
    if command -v dpkg >/dev/null && command -v apt-get >/dev/null; then
        setup_apt "${DEBIAN_PACKAGES[@]}" "${LINT_PACKAGES[@]}"
    fi
    command -v clang-format >/dev/null || die "clang-format is missing: install it (Homebrew: brew install clang-format)"
}

format_sources() {
    setup_lint
    log "Formatting $(sources | wc -l) files"
    sources | (cd "$ROOT" && xargs clang-format -i)
}

# Formatting: every file, as .clang-format says (a few seconds). clang-tidy (.clang-tidy): the C++ files changed
# since BASE — SUPOLKA_LINT_BASE, else the upstream branch's merge base, else the previous commit — against the dev
# build's compile commands.
lint() {
    setup_lint
    command -v clang-tidy >/dev/null || die "clang-tidy is missing: install it (Homebrew: brew install llvm)"
    local base=${1:-${SUPOLKA_LINT_BASE:-}}
    if [[ -z "$base" ]]; then
        base=$(git -C "$ROOT" merge-base HEAD '@{upstream}' 2>/dev/null) || base=$(git -C "$ROOT" rev-parse HEAD~1)
    fi
    log "Checking the formatting of $(sources | wc -l) files"
    local unformatted
    unformatted=$(sources | (cd "$ROOT" && xargs clang-format --dry-run 2>&1) | grep -o '^[^:]*\.\(cpp\|h\):' | sort -u || true)
    if [[ -n "$unformatted" ]]; then
        printf '%s\n' "$unformatted" >&2
        die "these files are not formatted: run ./scripts/dev.sh format"
    fi
    local changed=()
    while IFS= read -r file; do
        [[ -f "$ROOT/$file" ]] && changed+=("$file")
    done < <(git -C "$ROOT" diff --name-only "$base" -- '*.cpp' | grep -v '^tests/data/' || true)
    if ((${#changed[@]} == 0)); then
        log "No C++ file changed since $(git -C "$ROOT" rev-parse --short "$base"): nothing for clang-tidy"
        return
    fi
    [[ -f "$ROOT/build/dev/compile_commands.json" ]] || configure dev
    # The dev build's generated headers (moc, ui, resources) must exist for the files to compile.
    cmake --build --preset dev >/dev/null
    log "clang-tidy on ${#changed[@]} files changed since $(git -C "$ROOT" rev-parse --short "$base")"
    (cd "$ROOT" && printf '%s\n' "${changed[@]}" |
        xargs -P "${CMAKE_BUILD_PARALLEL_LEVEL:-2}" -n 4 clang-tidy -p build/dev --quiet \
            --extra-arg=-Wno-unknown-warning-option 2> >(grep -v ' warnings\? generated\.$' >&2)) ||
        die "clang-tidy found problems in the files above"
}

command=${1:-}
[[ $# -gt 0 ]] && shift
case "$command" in
setup) setup ;;
run) run "$@" ;;
test) run_tests "$@" ;;
fuzz) fuzz "$@" ;;
lint) lint "$@" ;;
format) format_sources ;;
-h | --help | help) usage ;;
*)
    [[ -n "$command" ]] && printf 'dev.sh: unknown command: %s\n\n' "$command" >&2
    usage >&2
    exit 2
    ;;
esac
