# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: RC Archiver.app in a drag-and-drop .dmg (with a link to /Applications). Included by
# cmake/RcaPackaging.cmake on macOS. Needs a packaging build configured with
# -DRCA_MACOS_BUNDLE=ON (the install tree is then the bundle's Contents/: MacOS/rc-archiver,
# lib/ with the core library and the connector plugins, share/). Not tried here: this project is
# built and tested on Debian only (packaging/README.md says what to check on a first Mac build).
if(NOT RCA_MACOS_BUNDLE)
    message(STATUS "macOS: configure with -DRCA_MACOS_BUNDLE=ON to package RC Archiver.app")
    return()
endif()

set(RCA_MACOS_BUNDLE_ID "${RCA_APPLICATION_ID}")
configure_file(${CMAKE_CURRENT_LIST_DIR}/Info.plist.in ${PROJECT_BINARY_DIR}/packaging/Info.plist @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/packaging/Info.plist DESTINATION .)

# The bundle icon, from the PNGs rendered by resources/CMakeLists.txt (rsvg-convert from
# Homebrew's librsvg), by Apple's iconutil.
find_program(RCA_ICONUTIL_EXECUTABLE iconutil REQUIRED)
set(rca_iconset ${PROJECT_BINARY_DIR}/packaging/rc-archiver.iconset)
set(rca_iconset_commands)
foreach(size 16 32 128 256)
    math(EXPR double "${size} * 2")
    list(APPEND rca_iconset_commands
        COMMAND ${CMAKE_COMMAND} -E copy
            ${PROJECT_BINARY_DIR}/resources/icons/${size}x${size}/rc-archiver.png
            ${rca_iconset}/icon_${size}x${size}.png)
    if(double LESS_EQUAL 256)
        list(APPEND rca_iconset_commands
            COMMAND ${CMAKE_COMMAND} -E copy
                ${PROJECT_BINARY_DIR}/resources/icons/${double}x${double}/rc-archiver.png
                ${rca_iconset}/icon_${size}x${size}@2x.png)
    endif()
endforeach()
add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/packaging/rc-archiver.icns
    COMMAND ${CMAKE_COMMAND} -E make_directory ${rca_iconset}
    ${rca_iconset_commands}
    COMMAND ${RCA_ICONUTIL_EXECUTABLE} -c icns -o ${PROJECT_BINARY_DIR}/packaging/rc-archiver.icns
            ${rca_iconset}
    DEPENDS rca-icons
    VERBATIM)
add_custom_target(rca-icns ALL DEPENDS ${PROJECT_BINARY_DIR}/packaging/rc-archiver.icns)
install(FILES ${PROJECT_BINARY_DIR}/packaging/rc-archiver.icns DESTINATION Resources)

# The connector plugins find the core library two folders up (Contents/lib), as on Linux.
get_property(rca_connectors GLOBAL PROPERTY RCA_CONNECTOR_TARGETS)
foreach(plugin IN LISTS rca_connectors)
    set_target_properties(${plugin} PROPERTIES INSTALL_RPATH "@loader_path/../..")
endforeach()

# Qt's frameworks and plugins into the bundle (Contents/Frameworks, Contents/PlugIns, and a
# qt.conf), fixing our connector plugins' references to them too.
find_program(RCA_MACDEPLOYQT_EXECUTABLE macdeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" REQUIRED)
install(CODE "
    get_filename_component(rca_bundle \"\${CMAKE_INSTALL_PREFIX}\" DIRECTORY)
    file(GLOB rca_plugins \"\${CMAKE_INSTALL_PREFIX}/${RCA_PLUGIN_SUBDIR}/*.so\")
    set(rca_executables)
    foreach(plugin IN LISTS rca_plugins)
        list(APPEND rca_executables \"-executable=\${plugin}\")
    endforeach()
    execute_process(COMMAND \"${RCA_MACDEPLOYQT_EXECUTABLE}\" \"\${rca_bundle}\" \${rca_executables}
        RESULT_VARIABLE rca_result)
    if(NOT rca_result EQUAL 0)
        message(FATAL_ERROR \"macdeployqt failed on \${rca_bundle}\")
    endif()
")

set(CPACK_PACKAGING_INSTALL_PREFIX "/RC Archiver.app/Contents")
set(CPACK_DMG_VOLUME_NAME "RC Archiver ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_FILE_NAME "RC-Archiver-${PROJECT_VERSION}-macos")
