import { z } from 'zod';
import { MIN_PASSWORD_LENGTH, type TSignUpField } from './sign-up-form-state';

/** The sign-up form, as strings from FormData. */
export const ZSignUpForm = z
  .object({
    name: z.string().trim().min(1, 'Enter your name').max(100, 'At most 100 characters'),
    email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address')),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`)
      .max(200, 'At most 200 characters'),
    confirmPassword: z.string(),
  } satisfies Record<TSignUpField, z.ZodType>)
  .refine((form) => form.password === form.confirmPassword, {
    message: 'The passwords do not match',
    path: ['confirmPassword'],
  });
export type TSignUpForm = z.infer<typeof ZSignUpForm>;
