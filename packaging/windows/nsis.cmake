# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: an NSIS installer (Start menu entry, uninstaller, optional PATH entry) and a portable
# .zip. Included by cmake/RcaPackaging.cmake on Windows, after Qt's deploy script (windeployqt)
# has been added to the install. Not tried here: this project is built and tested on Debian only
# (packaging/README.md says what to check on a first Windows build).

# What is neither Qt nor Windows (QtKeychain, libssh2, OpenSSL, the compiler's runtime as the
# build found it) goes next to rc-archiver.exe, where Windows looks first; the connector plugins
# in lib/rc-archiver/plugins find them there too, as the process's own folder is searched.
set(rca_dll_directories "\"$<TARGET_FILE_DIR:rcarchiver-core>\"")
foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
    string(APPEND rca_dll_directories " \"${prefix}/bin\"")
endforeach()
# Every connector plugin (connectors/CMakeLists.txt lists them as it adds them).
get_property(rca_connectors GLOBAL PROPERTY RCA_CONNECTOR_TARGETS)
set(rca_modules "")
foreach(plugin IN LISTS rca_connectors)
    string(APPEND rca_modules " \"$<TARGET_FILE:${plugin}>\"")
endforeach()
install(CODE "
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES \"$<TARGET_FILE:rc-archiver>\"
        MODULES ${rca_modules}
        DIRECTORIES ${rca_dll_directories}
        PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^[Qq]t6\" \"^rcarchiver-core\"
        POST_EXCLUDE_REGEXES \"[/\\\\\\\\][Ww]indows[/\\\\\\\\]\"
        RESOLVED_DEPENDENCIES_VAR rca_resolved
        UNRESOLVED_DEPENDENCIES_VAR rca_unresolved)
    if(rca_unresolved)
        message(WARNING \"DLLs not found, not packaged: \${rca_unresolved}\")
    endif()
    file(INSTALL \${rca_resolved} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
")

set(CPACK_NSIS_PACKAGE_NAME "RC Archiver")
set(CPACK_NSIS_DISPLAY_NAME "RC Archiver ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${RCA_MAINTAINER}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\rc-archiver.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "rc-archiver.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The command line (run-once, status, connect …) from any console, when the user agrees.
set(CPACK_NSIS_MODIFY_PATH ON)
# Archived data and the profile (%LOCALAPPDATA%\rc-archiver) are the user's: the uninstaller
# removes the program only.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "RC Archiver")
