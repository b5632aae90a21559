# Nayuki's QR Code generator, C++ edition (https://github.com/nayuki/QR-Code-generator), as QrCodeGen::QrCodeGen.
# Debian/Ubuntu (libqrcodegencpp-dev) put the header in include/qrcodegen/ and ship a pkg-config file; vcpkg
# (nayuki-qr-code-generator) ships a CMake package and puts the header in include/; a build from source may put it
# anywhere on CMAKE_PREFIX_PATH. Sources include it as <qrcodegen.hpp>.
if(TARGET QrCodeGen::QrCodeGen)
    return()
endif()

find_package(unofficial-nayuki-qr-code-generator CONFIG QUIET)
if(TARGET unofficial::nayuki-qr-code-generator::nayuki-qr-code-generator)
    add_library(QrCodeGen::QrCodeGen INTERFACE IMPORTED)
    target_link_libraries(QrCodeGen::QrCodeGen INTERFACE unofficial::nayuki-qr-code-generator::nayuki-qr-code-generator)
    message(STATUS "QR Code generator: the vcpkg package")
    return()
endif()

find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
    pkg_check_modules(PC_QRCODEGEN QUIET qrcodegencpp)
endif()
find_path(QRCODEGEN_INCLUDE_DIR qrcodegen.hpp
    HINTS ${PC_QRCODEGEN_INCLUDE_DIRS}
    PATH_SUFFIXES qrcodegen
    REQUIRED)
# Not "qrcodegen": that is the C edition, with another API.
find_library(QRCODEGEN_LIBRARY
    NAMES qrcodegencpp nayuki-qr-code-generator
    HINTS ${PC_QRCODEGEN_LIBRARY_DIRS}
    REQUIRED)
add_library(QrCodeGen::QrCodeGen UNKNOWN IMPORTED)
set_target_properties(QrCodeGen::QrCodeGen PROPERTIES
    IMPORTED_LOCATION "${QRCODEGEN_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${QRCODEGEN_INCLUDE_DIR}")
message(STATUS "QR Code generator: ${QRCODEGEN_LIBRARY}")
