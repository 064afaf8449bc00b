import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { createRandom } from '$lib/sample/generate/random';
import { lazySha256, sha256, sha256Fallback } from './sha256';

const text = (s: string) => new TextEncoder().encode(s);

describe('sha256', () => {
	it.each([
		['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
		['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
		[
			'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
			'248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
		]
	])('sha256Fallback(%j) is the FIPS 180-4 test vector', async (input, digest) => {
		expect(sha256Fallback(text(input))).toBe(digest);
		expect(await sha256(text(input))).toBe(digest);
	});

	it('agrees with node:crypto on lengths around block boundaries', () => {
		const rng = createRandom(7);
		for (const length of [55, 56, 63, 64, 65, 119, 120, 1000, 100_003]) {
			const bytes = Uint8Array.from({ length }, () => rng.int(0, 255));
			expect(sha256Fallback(bytes), `length ${length}`).toBe(
				createHash('sha256').update(bytes).digest('hex')
			);
		}
	});

	it('hashes Vietnamese text as its UTF-8 bytes', async () => {
		const bytes = text('Hà Nội');
		expect(await sha256(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
	});

	it('computes a lazy hash once, on the first call, and remembers it (not a failure)', async () => {
		const digest = vi.spyOn(globalThis.crypto.subtle, 'digest');
		try {
			const bytes = text('Hà Nội,91\n');
			const hash = lazySha256(bytes);
			expect(digest).not.toHaveBeenCalled();
			const first = hash();
			expect(hash()).toBe(first); // the same promise
			expect(await first).toBe(createHash('sha256').update(bytes).digest('hex'));
			expect(digest).toHaveBeenCalledTimes(1);

			digest.mockRejectedValueOnce(new Error('hỏng'));
			const failing = lazySha256(bytes);
			await expect(failing()).rejects.toThrow('hỏng');
			expect(await failing()).toBe(await first); // tried again
		} finally {
			digest.mockRestore();
		}
	});
});
