target_sources(mcstudio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BilingualTextEdit.cpp ${CMAKE_CURRENT_LIST_DIR}/BilingualTextEdit.h)
target_sources(mcstudio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FindingsView.cpp ${CMAKE_CURRENT_LIST_DIR}/FindingsView.h)
target_sources(mcstudio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PlainMessageBox.cpp ${CMAKE_CURRENT_LIST_DIR}/PlainMessageBox.h)
target_sources(mcstudio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ReadOnlyInputs.cpp ${CMAKE_CURRENT_LIST_DIR}/ReadOnlyInputs.h)
