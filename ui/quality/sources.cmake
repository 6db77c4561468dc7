target_sources(mcstudio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/InstitutionsDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/InstitutionsDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/QualityFrameworksDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/QualityFrameworksDialog.h)
