# Installing and packaging the console and concordctl (docs/packaging.md).
#   Linux:   cpack -G DEB   (from build/default: a .deb with the SQL driver plugins, the .desktop
#            entry, the hicolor icon and the AppStream metainfo)
#   Windows: cpack -G NSIS  after windeployqt has put Qt's DLLs and plugins beside the binaries
# The version is the project's (CMakeLists.txt), the one About and --version show.

include(GNUInstallDirs)

set(CONCORD_APP_ID io.concord.Concord)
string(TIMESTAMP CONCORD_RELEASE_DATE "%Y-%m-%d" UTC)

if(UNIX AND NOT APPLE AND CONCORD_BUILD_GUI)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${CONCORD_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/linux/${CONCORD_APP_ID}.metainfo.xml
                   ${CMAKE_BINARY_DIR}/installer/${CONCORD_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${CMAKE_BINARY_DIR}/installer/${CONCORD_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/concord.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${CONCORD_APP_ID}.svg)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/concord)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/concord/docs)

set(CPACK_PACKAGE_NAME concord)
set(CPACK_PACKAGE_VENDOR "Concord")
set(CPACK_PACKAGE_CONTACT "Concord maintainers <maintainers@concord.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Concord keeps the data of department systems (CRM, ERP and finance, warehouse, customer service, tax) consistent: a visual mapping editor, field sensitivity and masking per department, a sync engine with an audit trail and record lineage, and concordctl for servers.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Concord)
set(CPACK_PACKAGE_EXECUTABLES concord Concord)
set(CPACK_STRIP_FILES ON)

# Debian: shlibdeps finds the libraries the binaries link; Qt loads its plugins at run time, so the
# SQL drivers, the SVG icon engine and the X11/Wayland platform plugins are named here.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, libqt6sql6-mysql, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk | fonts-wqy-microhei, gnome-keyring | kwalletmanager, qt6-qpa-plugins")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

# Windows (NSIS): Start menu and desktop shortcuts to the console, concordctl added to PATH.
set(CPACK_NSIS_DISPLAY_NAME Concord)
set(CPACK_NSIS_PACKAGE_NAME "Concord ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/windows/concord.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_LIST_DIR}/windows/concord.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin/concord.exe)
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$DESKTOP\\\\Concord.lnk' '$INSTDIR\\\\bin\\\\concord.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$DESKTOP\\\\Concord.lnk'")
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)

include(CPack)
