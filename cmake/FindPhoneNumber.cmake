# libphonenumber ships neither a CMake package nor a pkg-config file on Debian 12.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY NAMES phonenumber REQUIRED)
add_library(PhoneNumber::PhoneNumber UNKNOWN IMPORTED)
set_target_properties(PhoneNumber::PhoneNumber PROPERTIES
    IMPORTED_LOCATION "${PHONENUMBER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${PHONENUMBER_INCLUDE_DIR}")

# The quick validity check (models/members/phonepatterns.cpp) reads libphonenumber's own metadata, which takes the
# protobuf runtime and the library's metadata_get(); where either is missing, the check asks libphonenumber.
find_library(PHONENUMBER_PROTOBUF_LIBRARY NAMES protobuf)
if(PHONENUMBER_PROTOBUF_LIBRARY)
    include(CheckCXXSourceCompiles)
    set(CMAKE_REQUIRED_INCLUDES "${PHONENUMBER_INCLUDE_DIR}")
    set(CMAKE_REQUIRED_LIBRARIES "${PHONENUMBER_LIBRARY}" "${PHONENUMBER_PROTOBUF_LIBRARY}")
    check_cxx_source_compiles([[
        #include <phonenumbers/phonemetadata.pb.h>
        namespace i18n { namespace phonenumbers { int metadata_size(); const void *metadata_get(); } }
        int main()
        {
            i18n::phonenumbers::PhoneMetadataCollection collection;
            return collection.ParseFromArray(i18n::phonenumbers::metadata_get(),
                                             i18n::phonenumbers::metadata_size()) ? 0 : 1;
        }]] SUPOLKA_HAVE_PHONE_METADATA)
    unset(CMAKE_REQUIRED_INCLUDES)
    unset(CMAKE_REQUIRED_LIBRARIES)
endif()
if(SUPOLKA_HAVE_PHONE_METADATA)
    set_property(TARGET PhoneNumber::PhoneNumber APPEND PROPERTY INTERFACE_LINK_LIBRARIES "${PHONENUMBER_PROTOBUF_LIBRARY}")
    set_property(TARGET PhoneNumber::PhoneNumber APPEND PROPERTY INTERFACE_COMPILE_DEFINITIONS SUPOLKA_PHONE_METADATA=1)
endif()
