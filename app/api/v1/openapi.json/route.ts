import { withAuth } from '@/lib/api/with-auth';
import { buildOpenApiDocument } from '@/lib/openapi/build-document';

/** Public: the OpenAPI 3.1 document, generated from the zod schemas the routes validate with. */
export const GET = withAuth(async () => Promise.resolve(buildOpenApiDocument()), { public: true });
