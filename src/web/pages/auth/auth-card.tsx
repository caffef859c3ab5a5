import { Container } from '@mantine/core';
import type { ReactNode } from 'react';

/** The narrow column the sign-in, registration and password pages share. */
export function AuthCard({ children }: { children: ReactNode }) {
  return (
    <Container size={460} px={0} py={{ base: 'sm', sm: 'xl' }}>
      {children}
    </Container>
  );
}
