aude_agent_sdk import AgentDefinition, ClaudeAgentOptions, query
# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

# ok: rfrom claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query

