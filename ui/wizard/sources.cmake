target_sources(mcstudio_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/NewDesignWizard.cpp ${CMAKE_CURRENT_LIST_DIR}/NewDesignWizard.h
    ${CMAKE_CURRENT_LIST_DIR}/SectionWizardPage.cpp ${CMAKE_CURRENT_LIST_DIR}/SectionWizardPage.h)
