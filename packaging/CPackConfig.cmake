# CPack settings for every platform; included once from the top-level CMakeLists.txt, after all targets.
# Linux: `cpack -G DEB` in the build folder. macOS: DragNDrop (.dmg). Windows: NSIS (.exe) or WIX (.msi).
set(CPACK_PACKAGE_NAME "supolka")
set(CPACK_PACKAGE_VENDOR "Supolka")
# The licence the installers show (NSIS, WiX) and the About box holds.
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/resources/licence/GPL-3.0.txt")
set(CPACK_PACKAGE_CONTACT "Supolka developers <dev@supolka.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Members, events, aid cases and exit polls for diaspora chapters")
set(CPACK_PACKAGE_DESCRIPTION [[
Supolka keeps the work of a chapter of the Belarusian diaspora on one
computer: members and their skills, events with check-in at the door,
refugee-aid cases, and exit polls at polling stations abroad compared with
the official results, with charts and CSV exchange with the secretariat.
It works offline.]])
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Supolka")
set(CPACK_PACKAGE_EXECUTABLES "supolka" "Supolka")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)

if(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Supolka")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_PACKAGE_FILE_NAME "Supolka-${PROJECT_VERSION}")
elseif(WIN32)
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_PACKAGE_FILE_NAME "Supolka-${PROJECT_VERSION}-win64")
    set(CPACK_NSIS_DISPLAY_NAME "Supolka")
    set(CPACK_NSIS_PACKAGE_NAME "Supolka")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\supolka.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "dev@supolka.example.org")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # The upgrade code must never change: Windows Installer finds the installed version by it.
    set(CPACK_WIX_UPGRADE_GUID "6D1BE9C3-623C-4655-92D2-0D3595CF1111")
    set(CPACK_WIX_PRODUCT_NAME "Supolka")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Supolka")
elseif(UNIX)
    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Supolka developers <dev@supolka.example.org>")
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # dpkg-shlibdeps finds the libraries the executable links; CPack appends its result to the list below, which
    # names the plugins Qt loads at run time and shlibdeps cannot see.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
endif()

include(CPack)
