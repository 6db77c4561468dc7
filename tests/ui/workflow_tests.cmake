mcstudio_add_test(tst_workflow ui/tst_workflow.cpp LIBRARIES mcstudio_ui mcstudio_test_support)
add_test(NAME tst_workflow_postgresql COMMAND tst_workflow)
set_tests_properties(tst_workflow_postgresql PROPERTIES ENVIRONMENT
    "QT_QPA_PLATFORM=offscreen;XDG_RUNTIME_DIR=${CMAKE_CURRENT_BINARY_DIR};MCSTUDIO_TEST_BACKEND=postgresql")
