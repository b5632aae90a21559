# One INTERFACE target carries the flags every Supolka target shares.
add_library(supolka_common INTERFACE)
target_compile_features(supolka_common INTERFACE cxx_std_20)
target_compile_definitions(supolka_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    # Nothing Qt 6.4 deprecates (QT_DISABLE_DEPRECATED_UP_TO from Qt 6.5 on).
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    SUPOLKA_VERSION="${PROJECT_VERSION}"
    SUPOLKA_HOMEPAGE="${PROJECT_HOMEPAGE_URL}")
target_include_directories(supolka_common INTERFACE "${PROJECT_SOURCE_DIR}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(supolka_common INTERFACE -Wall -Wextra -pedantic -Wnon-virtual-dtor -Wold-style-cast
                                                    -Woverloaded-virtual)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(supolka_common INTERFACE -Wshadow=local)
    else()
        target_compile_options(supolka_common INTERFACE -Wshadow-uncaptured-local)
    endif()
    if(SUPOLKA_WARNINGS_AS_ERRORS)
        target_compile_options(supolka_common INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(supolka_common INTERFACE /W4 /permissive- /utf-8)
    if(SUPOLKA_WARNINGS_AS_ERRORS)
        target_compile_options(supolka_common INTERFACE /WX)
    endif()
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()
