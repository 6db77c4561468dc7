target_sources(mcstudio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DesignDocument.cpp ${CMAKE_CURRENT_LIST_DIR}/DesignDocument.h
    ${CMAKE_CURRENT_LIST_DIR}/DesignEditCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/DesignEditCommand.h)
target_sources(mcstudio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PendingChanges.cpp ${CMAKE_CURRENT_LIST_DIR}/PendingChanges.h)
target_sources(mcstudio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/KeepMine.cpp ${CMAKE_CURRENT_LIST_DIR}/KeepMine.h)
