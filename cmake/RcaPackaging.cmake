# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Install-time files that belong to no one target, and CPack: a .deb and a .tar.gz on Linux, an
# NSIS installer on Windows, a drag-and-drop .dmg on macOS. Included from the top-level
# CMakeLists.txt after every target exists. packaging/README.md says how each package is made
# and what was and was not tried.

set(RCA_PACKAGE_NAME "rc-archiver")
set(RCA_MAINTAINER "RC Archiver maintainers <rc-archiver@example.invalid>")

if(UNIX AND NOT APPLE)
    # The systemd user unit for `rc-archiver --headless`. Its ExecStart names the program
    # without a path: systemd looks it up in /usr/local/bin and /usr/bin, where the package and
    # a default `cmake --install` put it (README: Running on a server).
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/rc-archiver.service
        DESTINATION lib/systemd/user)

    # What Debian expects in /usr/share/doc/PACKAGE: the copyright file and, the package being
    # native (no Debian revision), changelog.gz in the Debian changelog format, compressed
    # with gzip -9n so the package is reproducible.
    find_program(RCA_GZIP_EXECUTABLE gzip REQUIRED)
    execute_process(COMMAND date -u -R -d "${RCA_RELEASE_DATE} 12:00:00"
        OUTPUT_VARIABLE RCA_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE
        RESULT_VARIABLE rca_date_result)
    if(NOT rca_date_result EQUAL 0)
        # Not GNU date (a BSD): the changelog only matters to the .deb, built on Debian.
        set(RCA_RELEASE_DATE_RFC2822 "${RCA_RELEASE_DATE}")
        message(WARNING "date -R could not format RCA_RELEASE_DATE; the Debian changelog's "
                        "date is not in RFC 2822 form")
    endif()
    set(rca_doc_dir ${PROJECT_BINARY_DIR}/packaging/doc)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/debian/changelog.in
        ${PROJECT_BINARY_DIR}/packaging/changelog @ONLY)
    add_custom_command(OUTPUT ${rca_doc_dir}/changelog.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${rca_doc_dir}
        COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_BINARY_DIR}/packaging/changelog
                ${rca_doc_dir}/changelog
        COMMAND ${RCA_GZIP_EXECUTABLE} -9nf ${rca_doc_dir}/changelog
        DEPENDS ${PROJECT_BINARY_DIR}/packaging/changelog
        COMMENT "Compressing the Debian changelog"
        VERBATIM)
    add_custom_target(rca-changelog ALL DEPENDS ${rca_doc_dir}/changelog.gz)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright ${rca_doc_dir}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${RCA_PACKAGE_NAME})

    # The manual page, with the version and date filled in, compressed the same way.
    configure_file(${PROJECT_SOURCE_DIR}/packaging/rc-archiver.1.in
        ${PROJECT_BINARY_DIR}/packaging/rc-archiver.1 @ONLY)
    add_custom_command(OUTPUT ${rca_doc_dir}/rc-archiver.1.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${rca_doc_dir}
        COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_BINARY_DIR}/packaging/rc-archiver.1
                ${rca_doc_dir}/rc-archiver.1
        COMMAND ${RCA_GZIP_EXECUTABLE} -9nf ${rca_doc_dir}/rc-archiver.1
        DEPENDS ${PROJECT_BINARY_DIR}/packaging/rc-archiver.1
        COMMENT "Compressing the manual page"
        VERBATIM)
    add_custom_target(rca-manpage ALL DEPENDS ${rca_doc_dir}/rc-archiver.1.gz)
    install(FILES ${rca_doc_dir}/rc-archiver.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

if(WIN32)
    # Qt's libraries and plugins (platform, SQLite driver, image formats, TLS) next to the
    # program: windeployqt through Qt's deploy script. Not tried here (no Windows machine); see
    # packaging/README.md. (macOS runs macdeployqt on the bundle: packaging/macos/.)
    qt_generate_deploy_app_script(TARGET rc-archiver
        FILENAME_VARIABLE rca_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${rca_deploy_script})
endif()

# --- CPack --------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME ${RCA_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "RC Archiver")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${RCA_MAINTAINER})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
# Short enough for a Debian synopsis (PROJECT_DESCRIPTION is longer than 80 characters).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Archive RingCentral recordings, voicemails, SMS and faxes")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "RC Archiver")
set(CPACK_PACKAGE_EXECUTABLES "rc-archiver" "RC Archiver")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    include(${PROJECT_SOURCE_DIR}/packaging/windows/nsis.cmake)
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    include(${PROJECT_SOURCE_DIR}/packaging/macos/dragndrop.cmake)
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_SOURCE_DIR}/packaging/cpack-options.cmake)
    set(CPACK_PACKAGE_FILE_NAME "${RCA_PACKAGE_NAME}-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")

    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${RCA_MAINTAINER})
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
    set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # The extended description; CPack puts the summary above it as the synopsis and indents it
    # as Debian's control format wants.
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
        "RC Archiver keeps a RingCentral account's call recordings, voicemails, SMS
and faxes in storage you own: a folder on a disk or NAS, an SFTP server,
Google Drive or Dropbox. It archives every half hour, never loses an item and
never stores one twice, keeps a job log, and runs with a window or headless as
a systemd user service on a server.")
    # Libraries the programs link are found by dpkg-shlibdeps; what Qt loads at run time is
    # not, so it is named here: the SQLite driver for the job database, the platform plugins
    # and the SVG image plugin for the window. The Secret Service (a keyring) holds the tokens;
    # xdg-open opens sign-in pages.
    # librcarchiver-core is private (/usr/lib/rc-archiver, found through RUNPATH): no shlibs
    # file and no linker cache to refresh.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "gnome-keyring | kwalletmanager | keepassxc, xdg-utils, qt6-translations-l10n")
endif()

include(CPack)
