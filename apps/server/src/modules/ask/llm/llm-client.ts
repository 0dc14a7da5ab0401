import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import type { LlmConfig } from './llm-config';

/** A tool the model must call: its arguments are what we want back. */
export interface ToolSpec {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

export interface LlmClient {
  /** The arguments of the model's (forced) call of `tool`, unvalidated. */
  callTool(system: string, user: string, tool: ToolSpec): Promise<unknown>;
  /** Plain text. */
  write(system: string, user: string): Promise<string>;
}

/** The official SDKs, no retries (the offline parser is the fallback), bounded by the timeout. */
export function createLlmClient(config: LlmConfig): LlmClient {
  return config.provider === 'openai' ? openAiClient(config) : anthropicClient(config);
}

function openAiClient(config: LlmConfig): LlmClient {
  const client = new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseURL,
    timeout: config.timeoutMs,
    maxRetries: 0,
  });
  const messages = (system: string, user: string) => [
    { role: 'system' as const, content: system },
    { role: 'user' as const, content: user },
  ];
  return {
    async callTool(system, user, tool) {
      const completion = await client.chat.completions.create({
        model: config.model,
        messages: messages(system, user),
        tools: [{ type: 'function', function: tool }],
        tool_choice: { type: 'function', function: { name: tool.name } },
      });
      const call = completion.choices[0]?.message.tool_calls?.find(
        (c) => c.type === 'function' && c.function.name === tool.name,
      );
      if (call?.type !== 'function') throw new Error('the model did not call the tool');
      return JSON.parse(call.function.arguments);
    },
    async write(system, user) {
      const completion = await client.chat.completions.create({
        model: config.model,
        messages: messages(system, user),
      });
      const text = completion.choices[0]?.message.content;
      if (!text) throw new Error('the model wrote nothing');
      return text;
    },
  };
}

function anthropicClient(config: LlmConfig): LlmClient {
  const client = new Anthropic({
    apiKey: config.apiKey,
    baseURL: config.baseURL,
    timeout: config.timeoutMs,
    maxRetries: 0,
  });
  return {
    async callTool(system, user, tool) {
      const message = await client.messages.create({
        model: config.model,
        max_tokens: 1024,
        system,
        messages: [{ role: 'user', content: user }],
        tools: [
          {
            name: tool.name,
            description: tool.description,
            input_schema: tool.parameters as Anthropic.Tool.InputSchema,
          },
        ],
        tool_choice: { type: 'tool', name: tool.name },
      });
      const block = message.content.find((b) => b.type === 'tool_use' && b.name === tool.name);
      if (block?.type !== 'tool_use') throw new Error('the model did not call the tool');
      return block.input;
    },
    async write(system, user) {
      const message = await client.messages.create({
        model: config.model,
        max_tokens: 600,
        system,
        messages: [{ role: 'user', content: user }],
      });
      const text = message.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
      if (!text) throw new Error('the model wrote nothing');
      return text;
    },
  };
}
