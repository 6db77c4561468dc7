target_sources(mcstudio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChecklistItemEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/ChecklistItemEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/ChecklistReviewDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ChecklistReviewDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ChecklistReviewWidget.cpp ${CMAKE_CURRENT_LIST_DIR}/ChecklistReviewWidget.h
    ${CMAKE_CURRENT_LIST_DIR}/ChecklistTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ChecklistTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/OpenItemsFilterModel.cpp ${CMAKE_CURRENT_LIST_DIR}/OpenItemsFilterModel.h)
