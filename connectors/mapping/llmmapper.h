#pragma once

#include "mapping/mapping.h"

#include <QJsonArray>
#include <QUrl>

#include <atomic>

namespace Orion {

// Settings of the LLM used for mapping suggestions. The key is never written to logs, errors or the
// workspace: it comes from the keychain (the app) or the environment (the CLI).
struct LlmSettings
{
    enum class Provider { None, Anthropic, OpenAi };
    Provider provider = Provider::None;
    QUrl baseUrl;  // default https://api.anthropic.com or https://api.openai.com/v1 (Ollama: http://localhost:11434/v1)
    QString model; // default claude-sonnet-4-5 / gpt-4o-mini
    QString apiKey;
    int maxSampleRows = 5;   // sample values per field sent, at most
    bool maskValues = false; // send the shape of values (Xxxx@xxxx.xx), not the values
    int maxTokens = 4096;
    int maxAttempts = 4; // 429 (with a Retry-After or no spend-limit code), 500, 503, 529, overloaded
    int timeoutMs = 120'000;
    double inputUsdPerMTok = -1; // -1: the model's list price when known, else not estimated
    double outputUsdPerMTok = -1;

    static QString providerName(Provider p); // none, anthropic, openai
    static bool providerFromName(const QString &name, Provider *p);
    // ORION_LLM_PROVIDER, ORION_LLM_BASE_URL, ORION_LLM_MODEL, ORION_LLM_API_KEY (else ANTHROPIC_API_KEY /
    // OPENAI_API_KEY), ORION_LLM_MAX_ROWS, ORION_LLM_MASK=1, ORION_LLM_PRICE_IN / _OUT (USD per million tokens).
    static LlmSettings fromEnvironment();
    bool isConfigured() const { return provider != Provider::None; }
    QUrl endpoint() const;
    // USD for the tokens, or -1 when the price is unknown.
    double estimateUsd(qint64 inputTokens, qint64 outputTokens) const;
};

// Asks an LLM for suggestions on some target fields: the Anthropic Messages API with a forced tool
// whose input schema is the suggestion list, or OpenAI-compatible chat completions with a JSON
// Schema response_format. The answer is validated: suggestions for unknown fields or paths are
// dropped (and listed); truncated, refused or malformed output is an error, never a guess.
class LlmMapper
{
public:
    struct Result
    {
        MappingSuggestions suggestions;
        QStringList dropped; // "target ← path: reason"
        qint64 inputTokens = 0;
        qint64 outputTokens = 0;
        int attempts = 0;
    };

    // fields: the source schema with samples (they are trimmed and masked here per the settings;
    // fields whose names suggest secrets are never sent). targets: the fields to decide.
    // localHints: the local matcher's view of those fields, sent as hints.
    static bool suggest(const LlmSettings &settings, MappingTarget target, const SourceFields &fields, const QStringList &targets,
                        const MappingSuggestions &localHints, const QString &documentation, const std::atomic<bool> *cancel, Result *result,
                        QString *error);

    // What is sent about the source, after trimming and masking (also for tests and the UI preview).
    static QJsonArray sourceForPrompt(const SourceFields &fields, const LlmSettings &settings);
    // The JSON Schema of the answer ({"suggestions": [...]}) for these targets.
    static QJsonObject answerSchema(const QStringList &targets);
    // Validates a parsed answer against the targets and the source paths.
    static bool readAnswer(const QJsonObject &answer, const QStringList &targets, const SourceFields &fields, const QString &provider, Result *result,
                           QString *error);
};

} // namespace Orion
