import { z } from 'zod';

// Every message a schema produces may reach a user, so zod's own messages
// (for the cases no schema words itself) are Simplified Chinese too.
z.config(z.locales.zhCN());
