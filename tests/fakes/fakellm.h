#pragma once

#include "fakeservice.h"

namespace Orion::Fakes {

// The Anthropic Messages API (/v1/messages, api-contracts.md §6.1) and an OpenAI-compatible chat
// completions server (/v1/chat/completions, §6.2) answering mapping requests. Requests are checked
// against the contract (key and version headers, a forced tool with a valid name, a json_schema
// response_format); each asked-for target field is answered from the test's table (or null with low
// confidence). Scripted answers: cut off at max_tokens / finish_reason length, a refusal, text
// without the tool, content that is not JSON, suggestions for unknown fields and paths. Rate limits
// and overload come from injected faults.
class FakeLlm : public FakeService
{
public:
    static constexpr const char *kKey = "sk-ant-fake-llm-key-1234";

    enum class Script { Normal, Truncated, Refusal, NoTool, NotJson, Invents };
    FakeLlm();
    // target field → {"source_path", "transformation", "confidence"}
    void setAnswers(const QHash<QString, QJsonObject> &answers);
    void scriptNext(Script script, int times = 1);
    // The "user" prompt's JSON of the last request (what was sent about the source).
    QJsonObject lastPrompt() const;
    QStringList lastTargets() const;

protected:
    FakeResponse handle(const RecordedRequest &request) override;

private:
    QJsonArray answerFor(const QJsonObject &prompt) const;
    Script takeScript();

    QHash<QString, QJsonObject> m_answers;
    QList<Script> m_scripts;
    QJsonObject m_lastPrompt;
};

} // namespace Orion::Fakes
