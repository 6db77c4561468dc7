target_sources(mcstudio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DesignEditorWindow.cpp ${CMAKE_CURRENT_LIST_DIR}/DesignEditorWindow.h)
