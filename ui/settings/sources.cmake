target_sources(mcstudio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AppSettings.cpp ${CMAKE_CURRENT_LIST_DIR}/AppSettings.h
    ${CMAKE_CURRENT_LIST_DIR}/RecentCataloguesMenu.cpp ${CMAKE_CURRENT_LIST_DIR}/RecentCataloguesMenu.h
    ${CMAKE_CURRENT_LIST_DIR}/SettingsDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/SettingsDialog.h)
