# CPack: one binary .deb, printvault_<version>_amd64.deb, built the Debian way (installer/README.md).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME printvault)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "PrintVault")
set(CPACK_PACKAGE_CONTACT "PrintVault maintainers <maintainers@printvault.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "secure pull printing: print jobs held encrypted until released")
set(CPACK_PACKAGE_DESCRIPTION
    "PrintVault adds a \"PrintVault\" printer to every application. A job printed\n"
    "to it is encrypted and held on the user's own computer until its owner\n"
    "releases it to a printer from the tray, or signs in at an MFP that pulls it.\n"
    "\n"
    "This package contains the per-user spooler printvaultd (a systemd user\n"
    "service, started on demand by its socket), the tray application,\n"
    "printvault-cli, the printvault CUPS backend and queue, and the managed\n"
    "policy in /etc/printvault.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# Debian revision 1 of upstream PROJECT_VERSION: a non-native package, printvault_0.1.0-1_amd64.deb,
# whose changelog is changelog.Debian.gz (installer/debian/changelog names the same version).
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_STRIP_FILES ON)
# Library dependencies from the binaries (dpkg-shlibdeps); what they load at run time besides
# (QML modules, Qt plugins, CUPS, Ghostscript) is listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "cups-daemon, cups-client, ghostscript, libqt6sql6-sqlite, qt6-qpa-plugins, qml6-module-qtqml, qml6-module-qtqml-workerscript, qml6-module-qtquick, qml6-module-qtquick-window, qml6-module-qtquick-controls, qml6-module-qtquick-templates, qml6-module-qtquick-layouts, qml6-module-qtquick-dialogs, qml6-module-qt-labs-folderlistmodel")
# The master key lives in the session's Secret Service.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | kwalletmanager, systemd-sysv")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "avahi-daemon")
# Files and folders as Debian expects: 0755 folders, maintainer scripts 0755, the rest 0644.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_LIST_DIR}/debian/conffiles ${CMAKE_CURRENT_LIST_DIR}/debian/postinst
    ${CMAKE_CURRENT_LIST_DIR}/debian/prerm ${CMAKE_CURRENT_LIST_DIR}/debian/postrm)
include(CPack)
