target_sources(mcstudio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ConflictDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ConflictDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ConflictResolution.cpp ${CMAKE_CURRENT_LIST_DIR}/ConflictResolution.h
    ${CMAKE_CURRENT_LIST_DIR}/ConnectCatalogueDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ConnectCatalogueDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/FieldLabels.cpp ${CMAKE_CURRENT_LIST_DIR}/FieldLabels.h
    ${CMAKE_CURRENT_LIST_DIR}/HistoryDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/HistoryDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/VersionComparisonView.cpp ${CMAKE_CURRENT_LIST_DIR}/VersionComparisonView.h
    ${CMAKE_CURRENT_LIST_DIR}/WorkflowStepDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/WorkflowStepDialog.h)
