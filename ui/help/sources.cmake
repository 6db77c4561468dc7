target_sources(mcstudio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ContextHelp.cpp ${CMAKE_CURRENT_LIST_DIR}/ContextHelp.h)
target_sources(mcstudio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/HelpTargets.cpp ${CMAKE_CURRENT_LIST_DIR}/HelpTargets.h)
target_sources(mcstudio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/HelpWindow.cpp ${CMAKE_CURRENT_LIST_DIR}/HelpWindow.h)
target_sources(mcstudio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/WelcomeDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/WelcomeDialog.h)
