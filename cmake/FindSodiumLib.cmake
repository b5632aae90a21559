# libsodium (https://libsodium.org), as Sodium::Sodium: the database's encryption (Argon2id, XChaCha20-Poly1305).
# Debian/Ubuntu (libsodium-dev) and Homebrew (libsodium) ship a pkg-config file; vcpkg (libsodium) ships the
# CMake package unofficial-sodium.
if(TARGET Sodium::Sodium)
    return()
endif()

find_package(unofficial-sodium CONFIG QUIET)
if(TARGET unofficial-sodium::sodium)
    add_library(Sodium::Sodium INTERFACE IMPORTED)
    target_link_libraries(Sodium::Sodium INTERFACE unofficial-sodium::sodium)
    message(STATUS "libsodium: the vcpkg package")
    return()
endif()

find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
    pkg_check_modules(PC_SODIUM QUIET libsodium)
endif()
find_path(SODIUM_INCLUDE_DIR sodium.h HINTS ${PC_SODIUM_INCLUDE_DIRS} REQUIRED)
find_library(SODIUM_LIBRARY NAMES sodium libsodium HINTS ${PC_SODIUM_LIBRARY_DIRS} REQUIRED)
add_library(Sodium::Sodium UNKNOWN IMPORTED)
set_target_properties(Sodium::Sodium PROPERTIES
    IMPORTED_LOCATION "${SODIUM_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${SODIUM_INCLUDE_DIR}")
message(STATUS "libsodium: ${SODIUM_LIBRARY}")
