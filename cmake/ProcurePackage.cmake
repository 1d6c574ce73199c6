# The Debian package of the tools (cpack -G DEB, or scripts/build.sh package):
# tools in /usr/bin, templates and rules in /usr/share/procure, the guide and
# examples in /usr/share/doc/procure, manual pages and bash completion. Build
# it from a build configured with CMAKE_INSTALL_PREFIX=/usr (the `package`
# preset), so that the manual pages name the folders the package installs.
set(PROCURE_PACKAGE_MAINTAINER "Procure maintainers <maintainers@procure.invalid>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME procure)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "toolkit for innovation-friendly public procurement")
set(CPACK_PACKAGE_DESCRIPTION "Command-line tools for public procurement officers: check a case \
folder against the procurement rules, count its deadlines as the rules count them, keep the \
market dialogue, write its documents and score its tenders, in English, Bokmål or Nynorsk.")
set(CPACK_PACKAGE_CONTACT ${PROCURE_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Shared libraries as dpkg-shlibdeps finds them. No tzdata: Oslo's time is
# computed by the library itself (lib/procure/time/oslo_summer_time.hpp).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# pandoc writes DOCX; LibreOffice makes the PDF from it (with Word-metric fonts).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "pandoc, libreoffice-writer-nogui, fonts-crosextra-carlito, fonts-crosextra-caladea")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
