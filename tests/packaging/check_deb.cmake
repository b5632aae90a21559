# cmake -DCPACK_COMMAND=... -DDPKG_DEB=... -DBUILD_DIR=... -DWORK_DIR=... -DEXPECTED_VERSION=... -P check_deb.cmake
#
# Runs `cpack -G DEB` for BUILD_DIR into WORK_DIR, then checks the package's control fields, unpacks it and runs the
# unpacked executable. Every problem found is listed before the script fails.
cmake_minimum_required(VERSION 3.21)

foreach(var IN ITEMS CPACK_COMMAND DPKG_DEB BUILD_DIR WORK_DIR EXPECTED_VERSION)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_deb.cmake: ${var} is not set")
    endif()
endforeach()

set(app_id "org.supolka.Supolka")
set(problems "")
macro(problem text)
    list(APPEND problems "${text}")
    message(STATUS "PROBLEM: ${text}")
endmacro()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

execute_process(
    COMMAND "${CPACK_COMMAND}" -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${WORK_DIR}"
    WORKING_DIRECTORY "${BUILD_DIR}"
    RESULT_VARIABLE cpack_result
    OUTPUT_VARIABLE cpack_output
    ERROR_VARIABLE cpack_output)
if(NOT cpack_result EQUAL 0)
    message(FATAL_ERROR "cpack -G DEB failed (${cpack_result}):\n${cpack_output}")
endif()

file(GLOB debs "${WORK_DIR}/*.deb")
list(LENGTH debs deb_count)
if(NOT deb_count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${WORK_DIR}, found ${deb_count}:\n${cpack_output}")
endif()
set(deb "${debs}")
message(STATUS "Package: ${deb}")

function(control_field name out)
    execute_process(COMMAND "${DPKG_DEB}" -f "${deb}" "${name}"
        RESULT_VARIABLE result OUTPUT_VARIABLE value ERROR_VARIABLE error OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "dpkg-deb -f ${name} failed: ${error}")
    endif()
    set(${out} "${value}" PARENT_SCOPE)
endfunction()

control_field(Package package)
control_field(Version version)
control_field(Maintainer maintainer)
control_field(Section section)
control_field(Depends depends)
message(STATUS "Depends: ${depends}")

if(NOT package STREQUAL "supolka")
    problem("Package is '${package}', expected 'supolka'")
endif()
if(NOT version MATCHES "^${EXPECTED_VERSION}(-|$)")
    problem("Version is '${version}', expected ${EXPECTED_VERSION}")
endif()
if(NOT maintainer STREQUAL "Supolka developers <dev@supolka.example.org>")
    problem("Maintainer is '${maintainer}'")
endif()
if(section STREQUAL "")
    problem("Section is empty")
endif()

# Depends is a comma-separated list of "name (>= version)" or alternatives "a | b".
string(REPLACE "," ";" depend_items "${depends}")
set(depend_names "")
foreach(item IN LISTS depend_items)
    string(REPLACE "|" ";" alternatives "${item}")
    foreach(alternative IN LISTS alternatives)
        string(REGEX REPLACE "\\(.*\\)" "" name "${alternative}")
        string(STRIP "${name}" name)
        list(APPEND depend_names "${name}")
    endforeach()
endforeach()
# The plugins (named by hand) and what dpkg-shlibdeps must have found in the executable.
foreach(required IN ITEMS libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libc6)
    if(NOT required IN_LIST depend_names)
        problem("Depends lacks ${required}: ${depends}")
    endif()
endforeach()

set(root "${WORK_DIR}/root")
execute_process(COMMAND "${DPKG_DEB}" -x "${deb}" "${root}" RESULT_VARIABLE result ERROR_VARIABLE error)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -x failed: ${error}")
endif()

foreach(file IN ITEMS
        usr/bin/supolka
        usr/share/applications/${app_id}.desktop
        usr/share/metainfo/${app_id}.metainfo.xml
        usr/share/icons/hicolor/64x64/apps/${app_id}.png
        usr/share/icons/hicolor/128x128/apps/${app_id}.png
        usr/share/icons/hicolor/256x256/apps/${app_id}.png
        usr/share/icons/hicolor/scalable/apps/${app_id}.svg)
    if(NOT EXISTS "${root}/${file}")
        problem("the package lacks /${file}")
    endif()
endforeach()

if(EXISTS "${root}/usr/bin/supolka")
    execute_process(COMMAND "${root}/usr/bin/supolka" --version
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE error OUTPUT_STRIP_TRAILING_WHITESPACE
        TIMEOUT 60)
    if(NOT result EQUAL 0)
        problem("supolka --version exited with ${result}: ${error}")
    elseif(NOT output STREQUAL "supolka ${EXPECTED_VERSION}")
        problem("supolka --version printed '${output}', expected 'supolka ${EXPECTED_VERSION}'")
    else()
        message(STATUS "supolka --version: ${output}")
    endif()
endif()

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE AND EXISTS "${root}/usr/share/applications/${app_id}.desktop")
    execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${root}/usr/share/applications/${app_id}.desktop"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0 OR NOT output STREQUAL "")
        problem("desktop-file-validate: ${output}")
    endif()
else()
    message(STATUS "desktop-file-validate not found: the desktop file is not validated")
endif()

find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI AND EXISTS "${root}/usr/share/metainfo/${app_id}.metainfo.xml")
    execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net "${root}/usr/share/metainfo/${app_id}.metainfo.xml"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        problem("appstreamcli validate: ${output}")
    endif()
else()
    message(STATUS "appstreamcli not found: the metainfo file is not validated")
endif()

if(problems)
    list(LENGTH problems count)
    list(JOIN problems "\n  " listed)
    message(FATAL_ERROR "${count} problem(s) with ${deb}:\n  ${listed}")
endif()
message(STATUS "The package is complete")
