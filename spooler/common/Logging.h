#pragma once

#include <QLoggingCategory>

// One category per concern; enable with QT_LOGGING_RULES="printvault.*.debug=true".
// Nothing logged through these may contain document content, titles, file names or secrets:
// jobs are named by ID only.
Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcCapture)
Q_DECLARE_LOGGING_CATEGORY(lcIpp)
Q_DECLARE_LOGGING_CATEGORY(lcConvert)
Q_DECLARE_LOGGING_CATEGORY(lcLocalApi)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcDaemon)
Q_DECLARE_LOGGING_CATEGORY(lcMfp)
Q_DECLARE_LOGGING_CATEGORY(lcAccounts)
Q_DECLARE_LOGGING_CATEGORY(lcRelease)
Q_DECLARE_LOGGING_CATEGORY(lcAccounting)
Q_DECLARE_LOGGING_CATEGORY(lcSignin)
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
