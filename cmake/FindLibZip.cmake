# libzip's own CMake package on Debian 12 names the zipcmp/zipmerge tools as imported targets, and fails when
# those (another package) are not installed; the library and its header are all that is needed.
find_path(LIBZIP_INCLUDE_DIR zip.h REQUIRED)
find_library(LIBZIP_LIBRARY NAMES zip REQUIRED)
add_library(LibZip::LibZip UNKNOWN IMPORTED)
set_target_properties(LibZip::LibZip PROPERTIES
    IMPORTED_LOCATION "${LIBZIP_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${LIBZIP_INCLUDE_DIR}")
