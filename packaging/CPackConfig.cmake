set(CPACK_PACKAGE_NAME "supolka")
set(CPACK_PACKAGE_VENDOR "Supolka")
include(CPack)
