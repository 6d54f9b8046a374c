/**
 * Who printed a text that other programs print in the same words (a message's `borrowed` part, such
 * as Go's `context canceled` or Postgres's `terminating connection due to administrator command`).
 * The lookup reads these signs in the lines around such a text, never elsewhere in the paste: a sign
 * of the Kimi service makes it a match; a sign of another program, without one of Kimi, a guess.
 *
 * A sign is looked for as a piece of text, so a prefix (`kimi-k`) stands for every name it begins;
 * in any letter case when it is written in lower case, in its own case otherwise (Kimi CLI's
 * `FetchURL`, not a script's `fetchUrl`). Keep them specific: a sign that common prose contains
 * would decide for pastes it says nothing about.
 */
export interface Signs {
  /** Hosts of the service: a URL to one of them (or a subdomain) is a sign of Kimi; a URL to any other named host, of another. */
  hosts: string[];
  /** Model names, the wrappers of Kimi's own clients, the server's error `type` values. */
  kimi: string[];
  /**
   * Other providers, libraries whose errors carry the same words, container and build tools. On
   * the text's own line, one of them outweighs a sign of Kimi elsewhere: that line is their output
   * (a Postgres server's log line in a log that also holds the Kimi client's).
   */
  other: string[];
  /**
   * Error pages of web servers and hosting in front of a service: the page of whichever server the
   * request went to, so a sign of Kimi anywhere around it (the request's URL, the model) outweighs
   * them even on the page's own line.
   */
  pages: string[];
}

export const SIGNS: Signs = {
  hosts: ['kimi.com', 'moonshot.cn', 'moonshot.ai', 'msh.team'],
  kimi: [
    // Models: kimi-k2, kimi-k2-0905-preview, kimi-for-coding, kimi-latest, moonshot-v1-8k, and the
    // `moonshotai/…` ids other gateways give them.
    'kimi-k',
    'kimi-for-',
    'kimi-latest',
    'kimi-thinking',
    'kimi-code/',
    'moonshot-v1',
    'moonshotai',
    'kimi_api_key',
    'moonshot_api_key',
    // Kimi CLI by name, its Python package in a traceback, and the tools only it has, as it
    // names them.
    'kimi-cli',
    'kimi_cli',
    'FetchURL',
    'SearchWeb',
    'StrReplaceFile',
    'ReadMediaFile',
    'SetTodoList',
    // Kimi CLI's wrapper ("LLM provider error: …") and Kimi Code's error codes ("[provider.api_error] …").
    'llm provider error',
    'provider.api_error',
    'provider.rate_limit',
    'provider.auth_error',
    // The server's error types that no other provider sends (`invalid_request_error` and
    // `server_error` are OpenAI's and Anthropic's too).
    'rate_limit_reached_error',
    'exceeded_current_quota_error',
    'engine_overloaded_error',
    'invalid_authentication_error',
    'incorrect_api_key_error',
    'permission_denied_error',
    'resource_not_found_error',
  ],
  other: [
    // Other providers, for pastes that name them without a URL.
    'api.openai.com',
    'openai.azure.com',
    'api.anthropic.com',
    'googleapis.com',
    'bedrock-runtime',
    'api.deepseek.com',
    'api.mistral.ai',
    'api.groq.com',
    'openrouter.ai',
    'dashscope.aliyuncs.com',
    'localhost:11434',
    'gpt-3.5',
    'gpt-4',
    'gpt-5',
    'gemini-',
    'claude-3',
    // A Postgres server's own log lines and libpq's messages (severity, colon, two spaces), and
    // Postgres by name (a pod, a container, a log's source, Elixir's Postgrex), and its
    // admin_shutdown code, which the Kimi server never sends (it sends 57P03).
    'fatal:  ',
    'postgre',
    '57p01',
    'admin_shutdown',
    // PHP's PDO writes the SQLSTATE in brackets; the server in words: "(SQLSTATE 57P03)".
    'sqlstate[',
    // Postgres's own client, and the drivers of databases and the exceptions they raise (Python,
    // Java, Node, Go, Ruby, Rust).
    'psql',
    'libpq',
    'psycopg',
    'asyncpg',
    'sqlalchemy',
    'django.db',
    'pymysql',
    'npgsql',
    'dbconnection',
    'operationalerror',
    'adminshutdown',
    'psqlexception',
    'java.sql',
    'jdbc',
    'hibernate',
    'node_modules/pg',
    'pg-protocol',
    'pg-pool',
    'sequelize',
    'prisma',
    'typeorm',
    'knex',
    'pq:',
    'lib/pq',
    'pgx',
    'pgconn',
    'pg::',
    'activerecord',
    'sqlx',
    // sqlx's own wording: "error returned from database: …".
    'returned from database',
    'tokio-postgres',
    '[mysql]',
    'go-sql-driver',
    'redis',
    'mongo',
    // A database's operators announcing a switch-over ("主库切换": a primary and its replicas).
    'failover',
    '主库',
    '从库',
    // Go's test runner: a test's own requests fail with the same words.
    '_test.go:',
    // gRPC's own status text ("rpc error: code = Canceled desc = context canceled").
    'rpc error',
    'grpc',
    // Container, cluster and build tools' own output.
    'docker',
    'buildkit',
    'buildx',
    'failed to solve',
    'kubectl',
    'kubelet',
    'containerd',
    'podman',
    'npm err',
    'npm error',
    'yarn',
    'pnpm',
    'gradle',
    'terraform',
    // Terraform's "on main.tf line 12", and the cloud SDKs' own wrappers (AWS SDK for Go's
    // "operation error EC2: …, https response error StatusCode: 0").
    '.tf line',
    'https response error',
    'botocore',
    'aws-sdk',
    'azure.core',
    'google.api_core',
    // Hosting's own logs.
    'heroku',
  ],
  pages: ['<html', 'nginx', 'cloudflare', 'cloudfront', 'awselb'],
};
