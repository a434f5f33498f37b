#pragma once

#include <QString>

namespace Orion {

// Why a sync or request failed. The names are what sync_metrics.error_class stores.
enum class ErrorClass {
    None,
    Config,    // bad credentials or settings: retrying will not help until the user changes something
    Transient, // the service was unavailable or rate limited and retries were exhausted
    System,    // a bug or data the adapter did not expect
    Cancelled, // the user or the process asked to stop
};

QString errorClassName(ErrorClass errorClass); // "", "config", "transient", "system", "cancelled"

struct Failure
{
    ErrorClass errorClass = ErrorClass::None;
    QString message;          // one sentence, secrets already redacted
    bool reauthorize = false; // the stored authorisation is no longer accepted: the user must sign in again

    static Failure config(const QString &message) { return {ErrorClass::Config, message, false}; }
    static Failure transient(const QString &message) { return {ErrorClass::Transient, message, false}; }
    static Failure system(const QString &message) { return {ErrorClass::System, message, false}; }
    static Failure cancelled(const QString &message) { return {ErrorClass::Cancelled, message, false}; }

    bool isFailure() const { return errorClass != ErrorClass::None; }
    explicit operator bool() const { return isFailure(); }
};

} // namespace Orion
