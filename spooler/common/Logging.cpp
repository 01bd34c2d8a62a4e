#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcVault, "printvault.spooler.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "printvault.spooler.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCapture, "printvault.spooler.capture", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConvert, "printvault.spooler.convert", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLocalApi, "printvault.spooler.localapi", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "printvault.spooler.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDaemon, "printvault.spooler.daemon", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMfp, "printvault.spooler.mfp", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccounts, "printvault.spooler.accounts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRelease, "printvault.spooler.release", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSignin, "printvault.spooler.signin", QtInfoMsg)
