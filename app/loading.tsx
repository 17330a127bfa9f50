import { SectionSkeleton } from '@/components/ui/skeleton';

export default function RootLoading() {
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <SectionSkeleton />
    </main>
  );
}
