/** Which model turns questions into queries, when a key is set (OpenAI first if both are). */
export interface LlmConfig {
  provider: 'openai' | 'anthropic';
  apiKey: string;
  /** Another endpoint speaking the provider's API (a proxy, or the tests' local server). */
  baseURL?: string;
  model: string;
  timeoutMs: number;
}

export interface LlmEnv {
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
  OPENAI_MODEL: string;
  ANTHROPIC_API_KEY?: string;
  ANTHROPIC_BASE_URL?: string;
  ANTHROPIC_MODEL: string;
  ASK_LLM_TIMEOUT_MS: number;
}

export function askLlmConfig(env: LlmEnv): LlmConfig | null {
  if (env.OPENAI_API_KEY) {
    return {
      provider: 'openai',
      apiKey: env.OPENAI_API_KEY,
      baseURL: env.OPENAI_BASE_URL,
      model: env.OPENAI_MODEL,
      timeoutMs: env.ASK_LLM_TIMEOUT_MS,
    };
  }
  if (env.ANTHROPIC_API_KEY) {
    return {
      provider: 'anthropic',
      apiKey: env.ANTHROPIC_API_KEY,
      baseURL: env.ANTHROPIC_BASE_URL,
      model: env.ANTHROPIC_MODEL,
      timeoutMs: env.ASK_LLM_TIMEOUT_MS,
    };
  }
  return null;
}
